-- The advisory store (craft db) kept in PostgreSQL, and the continuous monitoring it drives.

-- One row per imported source (an osv.dev ecosystem export, the CISA KEV catalogue, EPSS, EUVD): its
-- provenance and the source itself, encoded by craft-vuln's store codec (the format of `craft db`), so
-- that every node rebuilds the same matching index from PostgreSQL.
create table advisory_source (
    name        text primary key,
    kind        text not null check (kind in ('OSV', 'KEV', 'EPSS', 'EUVD')),
    location    text not null,
    sha256      text not null,
    records     integer not null,
    info        jsonb not null,
    snapshot    bytea not null,
    import_id   bigint not null,
    imported_at timestamptz not null
);

-- The OSV advisories of each source, for the reverse lookup ("which stored components does this
-- advisory touch?"), for change detection between imports, and for reading one advisory.
create table advisory (
    source        text not null references advisory_source (name) on delete cascade,
    id            text not null,
    aliases       text[] not null default '{}',
    summary       text,
    modified      timestamptz,
    withdrawn     timestamptz,
    -- version-less purls of the affected packages (craft-vuln PackageKey): the reverse-lookup key
    package_keys  text[] not null default '{}',
    -- SHA-256 of the normalized advisory: an import changes an advisory when this changes
    content_sha256 text not null,
    primary key (source, id)
);
create index advisory_id_idx on advisory (id);
create index advisory_package_keys_idx on advisory using gin (package_keys);

create table advisory_import (
    id                bigint generated always as identity primary key,
    source            text not null,
    kind              text not null,
    requested_by      text not null,
    started_at        timestamptz not null,
    finished_at       timestamptz,
    status            text not null check (status in ('matching', 'done', 'failed')),
    records           integer not null default 0,
    changed           integer not null default 0,
    package_keys      text[] not null default '{}',
    -- vulnerability ids that became known as actively exploited with this import (KEV, EUVD)
    exploited_ids     text[] not null default '{}',
    affected_releases integer,
    new_findings      integer,
    alerts            integer,
    error             text
);

-- What happened, per tenant: new findings, alerts, uploads. Read by the API and by later features.
create table monitoring_event (
    id          bigint generated always as identity primary key,
    org_id      bigint not null references org (id),
    at          timestamptz not null,
    kind        text not null,
    product_id  bigint,
    release_id  bigint,
    finding_id  bigint,
    payload     jsonb not null default '{}'
);
create index monitoring_event_org_idx on monitoring_event (org_id, id);

-- "An actively exploited vulnerability in a release on the EU market": the trigger of Art 14(1)
-- reporting. One row per finding; Art 14 cases build on it.
create table exploited_alert (
    id                bigint generated always as identity primary key,
    org_id            bigint not null references org (id),
    product_id        bigint not null references product (id),
    release_id        bigint not null references release (id),
    finding_id        bigint not null unique references finding (id),
    component_name    text not null,
    component_version text,
    purl              text,
    vulnerability_id  text not null,
    exploited_source  text not null,
    exploited_since   date,
    member_states     text[] not null,
    raised_at         timestamptz not null,
    status            text not null default 'open' check (status in ('open', 'acknowledged')),
    acknowledged_by   text,
    acknowledged_at   timestamptz
);
create index exploited_alert_org_idx on exploited_alert (org_id, id);
