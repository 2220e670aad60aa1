-- SBOMs per release: the original bytes verbatim with their SHA-256, and the normalized model.
-- A release may receive several SBOMs over time (a rebuild); release.current_sbom_id names the one in force.

create table sbom (
    id             bigint generated always as identity primary key,
    org_id         bigint not null references org (id),
    release_id     bigint not null references release (id),
    sha256         text not null,
    size_bytes     bigint not null,
    media_type     text,
    format         text not null,
    spec_version   text not null,
    original       bytea not null,
    normalized     jsonb not null,
    warnings       jsonb not null default '[]',
    component_count integer not null,
    uploaded_by    text not null,
    uploaded_at    timestamptz not null,
    unique (release_id, sha256)
);

alter table release add column current_sbom_id bigint references sbom (id);

-- The components of each SBOM, flattened for the reverse lookup the monitoring needs
-- ("which releases contain package X?") without reading any normalized document.
create table component (
    id            bigint generated always as identity primary key,
    org_id        bigint not null,
    release_id    bigint not null,
    sbom_id       bigint not null references sbom (id),
    ref           text not null,
    name          text not null,
    grp           text,
    version       text,
    purl          text,
    -- purl type/namespace/name, lower-cased where the type is case-insensitive: the matcher's lookup key
    package_key   text,
    -- what stays the same across releases: the purl without version, or group/name
    identity      text not null,
    supplier_name text
);
create index component_sbom_idx on component (sbom_id);
create index component_package_key_idx on component (package_key) where package_key is not null;
create index component_supplier_idx on component (org_id, lower(supplier_name)) where supplier_name is not null;

-- One row per push: the verdict the CI got, kept so that it can be read again (idempotent re-push).
create table upload (
    id            bigint generated always as identity primary key,
    org_id        bigint not null references org (id),
    release_id    bigint not null references release (id),
    sbom_id       bigint not null references sbom (id),
    fail_on       text not null,
    verdict       text not null check (verdict in ('pass', 'fail', 'not-checked')),
    result        jsonb not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null
);
create index upload_org_idx on upload (org_id, id);
