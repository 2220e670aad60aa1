-- Art 14 reporting (docs/reporting.md): cases, the receipts of filed reports, deadline warnings and their
-- deliveries, and each organisation's reporting settings. Migrations of the reporting feature are numbered
-- from V1000 so they never collide with the rest of the server's.
--
-- The clocks are not stored: they are recomputed from the case document on every read and every run of the
-- warning job (docs/adr/0050-reporting-clocks-recomputed.md). What is stored is what happened: the facts in
-- the case, and which warnings went out.

create table reporting_case (
    id           bigint generated always as identity primary key,
    org_id       bigint not null references org (id),
    -- the case's id in the core model and the API, e.g. RC-2026-0007
    case_key     text not null check (case_key ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    kind         text not null check (kind in ('VULNERABILITY', 'INCIDENT')),
    status       text not null check (status in ('PROPOSED', 'OPEN', 'DISMISSED', 'CLOSED')),
    title        text not null,
    -- the vulnerability the case is about (CVE or advisory id), for grouping alerts into one case
    vulnerability_id text,
    awareness_at timestamptz not null,
    -- the case as the core model holds it (dev.craft.report.cases.ReportingCase, JSON): the source of truth
    document     jsonb not null,
    -- optimistic lock: every change increments it
    version      integer not null default 1,
    opened_at    timestamptz not null,
    updated_at   timestamptz not null,
    unique (org_id, case_key)
);
create index reporting_case_org_idx on reporting_case (org_id, id);
create index reporting_case_active_idx on reporting_case (status) where status in ('PROPOSED', 'OPEN');

-- Per-organisation, per-year case numbers: RC-<year>-<nnnn>.
create table reporting_case_counter (
    org_id bigint not null references org (id),
    year   integer not null,
    last   integer not null,
    primary key (org_id, year)
);

-- Which monitoring alert went into which case. An alert is taken in once: case_id null records that it was
-- seen while automatic intake was off.
create table reporting_alert_intake (
    alert_id   bigint primary key references exploited_alert (id),
    org_id     bigint not null references org (id),
    case_id    bigint references reporting_case (id),
    taken_at   timestamptz not null
);

-- Receipts and confirmations of filed reports, kept as uploaded, with their SHA-256.
create table reporting_receipt (
    id          bigint generated always as identity primary key,
    org_id      bigint not null references org (id),
    case_id     bigint not null references reporting_case (id),
    file_name   text not null check (length(file_name) between 1 and 255),
    media_type  text not null,
    size        bigint not null,
    sha256      text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content     bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null
);
create index reporting_receipt_case_idx on reporting_receipt (case_id, id);

-- One row per deadline warning, ever: (case, deadline, lead time) is unique, so a warning is claimed once
-- across restarts and nodes. 'superseded' records a warning whose time passed while a more urgent one was due.
create table reporting_warning (
    id           bigint generated always as identity primary key,
    org_id       bigint not null references org (id),
    case_id      bigint not null references reporting_case (id),
    deadline     text not null,
    lead_seconds bigint not null check (lead_seconds >= 0),
    due_at       timestamptz not null,
    outcome      text not null check (outcome in ('due', 'superseded')),
    subject      text,
    body         text,
    created_at   timestamptz not null,
    unique (case_id, deadline, lead_seconds)
);

-- Delivery of a warning to one channel target (an e-mail address, a webhook URL). 'pending' rows are sent by
-- the warning job; a failed delivery is retried up to craft.reporting.max-attempts times.
create table reporting_delivery (
    id          bigint generated always as identity primary key,
    warning_id  bigint not null references reporting_warning (id),
    channel     text not null check (channel in ('email', 'webhook')),
    target      text not null,
    status      text not null check (status in ('pending', 'sent', 'failed')),
    attempts    integer not null default 0,
    last_error  text,
    next_try_at timestamptz not null,
    sent_at     timestamptz,
    unique (warning_id, channel, target)
);
create index reporting_delivery_pending_idx on reporting_delivery (next_try_at) where status = 'pending';

-- What an organisation's cases need from it: who it is (the operator and its Art 14(7) routing facts), where
-- warnings go, how long before a deadline, and what to do when monitoring raises an exploited alert.
create table reporting_settings (
    org_id          bigint primary key references org (id),
    -- dev.craft.report.cases.Operator as JSON; null until set
    operator        jsonb,
    lead_times      text not null default 'PT12H,PT4H,PT1H',
    email_to        text[] not null default '{}',
    webhook_url     text,
    -- HMAC-SHA256 key for the X-Craft-Signature header; never returned by the API
    webhook_secret  text,
    alert_intake    text not null default 'propose' check (alert_intake in ('open', 'propose', 'off')),
    updated_at      timestamptz not null,
    updated_by      text not null
);
