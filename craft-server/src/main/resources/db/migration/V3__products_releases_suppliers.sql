-- Products (with their craft assess profile and stored assessments), releases, suppliers.

create table product (
    id             bigint generated always as identity primary key,
    org_id         bigint not null references org (id),
    key            text not null check (key ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    name           text not null check (length(name) between 1 and 200),
    description    text,
    -- the craft assess profile as given (JSON); its SHA-256 tells whether an assessment is current
    profile        jsonb,
    profile_sha256 text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (org_id, key)
);

create table assessment (
    id             bigint generated always as identity primary key,
    org_id         bigint not null references org (id),
    product_id     bigint not null references product (id),
    profile_sha256 text not null,
    kb_version     text not null,
    result         jsonb not null,
    trigger        text not null check (trigger in ('requested', 'profile-changed', 'knowledge-base-changed')),
    created_by     text not null,
    created_at     timestamptz not null default now()
);
create index assessment_product_idx on assessment (product_id, id desc);

create table release (
    id               bigint generated always as identity primary key,
    org_id           bigint not null references org (id),
    product_id       bigint not null references product (id),
    version          text not null check (version ~ '^[A-Za-z0-9][A-Za-z0-9._+~-]{0,127}$'),
    -- Art 3(21): the first making available on the Union market; null = not (yet) placed
    placed_on_market date,
    -- Art 13(8): end of the support period; null = not declared
    support_end      date,
    -- ISO 3166-1 alpha-2 codes of the member states where the release is made available (Art 14(2)(a))
    member_states    text[] not null default '{}',
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    unique (product_id, version)
);
create index release_org_idx on release (org_id, id);

create table supplier (
    id            bigint generated always as identity primary key,
    org_id        bigint not null references org (id),
    name          text not null check (length(name) between 1 and 200),
    url           text,
    contact_email text,
    notes         text,
    created_at    timestamptz not null default now()
);
create unique index supplier_name_idx on supplier (org_id, lower(name));
