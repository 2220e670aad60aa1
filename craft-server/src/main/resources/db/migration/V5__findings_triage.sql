-- Findings per release and their triage (CycloneDX VEX analysis vocabulary).

create table finding (
    id                 bigint generated always as identity primary key,
    org_id             bigint not null references org (id),
    product_id         bigint not null references product (id),
    release_id         bigint not null references release (id),
    -- the purl when the component has one, else 'ref:' + bom-ref: stable within a release
    component_key      text not null,
    component_identity text not null,
    component_name     text not null,
    component_version  text,
    purl               text,
    vulnerability_id   text not null,
    aliases            text[] not null default '{}',
    severity           text,
    summary            text,
    exploited          boolean not null default false,
    exploited_source   text,
    exploited_since    date,
    -- how the match was made: matcher, searched-by, found, version comparison (explains the finding)
    details            jsonb not null default '{}',
    first_seen_at      timestamptz not null,
    -- set when a later SBOM of the same release no longer contains the match
    removed_at         timestamptz,
    current_triage_id  bigint,
    unique (release_id, component_key, vulnerability_id)
);
create index finding_release_idx on finding (release_id, id);

create table triage_decision (
    id                 bigint generated always as identity primary key,
    org_id             bigint not null references org (id),
    finding_id         bigint not null references finding (id),
    -- denormalized from the finding: the carry-over lookup key
    product_id         bigint not null,
    vulnerability_id   text not null,
    component_identity text not null,
    state              text not null check (state in ('resolved', 'resolved_with_pedigree', 'exploitable', 'in_triage', 'false_positive', 'not_affected')),
    justification      text check (justification in ('code_not_present', 'code_not_reachable', 'requires_configuration',
                           'requires_dependency', 'requires_environment', 'protected_by_compiler', 'protected_at_runtime',
                           'protected_at_perimeter', 'protected_by_mitigating_control')),
    responses          text[] not null default '{}',
    comment            text,
    decided_by         text not null,
    decided_at         timestamptz not null,
    -- set when the decision was carried over from an earlier release's finding
    origin_release_id  bigint references release (id),
    origin_decision_id bigint references triage_decision (id)
);
create index triage_carry_over_idx on triage_decision (product_id, vulnerability_id, component_identity, id desc);
create index triage_finding_idx on triage_decision (finding_id, id);

alter table finding add constraint finding_current_triage_fk foreign key (current_triage_id) references triage_decision (id);
