-- Organisations (tenants), users, memberships with one role each, and API keys.
-- Every tenant-owned row in later tables carries org_id, and every query filters on it.

create table org (
    id         bigint generated always as identity primary key,
    slug       text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name       text not null check (length(name) between 1 and 200),
    created_at timestamptz not null default now()
);

create table app_user (
    id                   bigint generated always as identity primary key,
    username             text not null unique check (username ~ '^[a-z0-9][a-z0-9._@-]{0,63}$'),
    password_hash        text not null,
    -- a generated one-time password must be replaced before the account can do anything else
    must_change_password boolean not null default false,
    -- may create organisations and manage any organisation's members; reads no tenant data by itself
    instance_admin       boolean not null default false,
    disabled             boolean not null default false,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz
);

create table membership (
    org_id     bigint not null references org (id),
    user_id    bigint not null references app_user (id),
    role       text not null check (role in ('ADMIN', 'SECURITY_ENGINEER', 'COMPLIANCE_OFFICER', 'AUDITOR', 'CI_UPLOADER')),
    created_at timestamptz not null default now(),
    primary key (org_id, user_id)
);
create index membership_user_idx on membership (user_id);

-- An API key is craft_<key_id>_<secret>. key_id finds the row; only the SHA-256 of the secret is kept
-- (the secret has 256 bits of entropy, so a slow password hash would add cost and no safety).
create table api_key (
    id            bigint generated always as identity primary key,
    org_id        bigint not null references org (id),
    key_id        text not null unique,
    secret_sha256 bytea not null,
    name          text not null check (length(name) between 1 and 100),
    role          text not null check (role in ('ADMIN', 'SECURITY_ENGINEER', 'COMPLIANCE_OFFICER', 'AUDITOR', 'CI_UPLOADER')),
    created_by    text not null,
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_key_org_idx on api_key (org_id, id);
