-- The audit trail: append-only, one hash chain per organisation (chain_id = org.id) plus chain 0 for
-- instance-wide changes (organisations, users, advisory imports). See docs/adr/0042-audit-hash-chain.md.
--
-- hash = SHA-256 over the canonical serialization of (seq, chain_id, chain_seq, at, actor, action,
-- entity_type, entity_id, before_json, after_json, prev_hash); prev_hash is the previous entry's hash in
-- the same chain (64 zeros for the first). before_json/after_json are text, not jsonb, so that the bytes
-- that were hashed are the bytes that are stored.

create table audit_chain (
    chain_id   bigint primary key,
    last_seq   bigint,
    last_hash  text not null,
    entries    bigint not null
);

create table audit_entry (
    seq         bigint generated always as identity primary key,
    chain_id    bigint not null,
    chain_seq   bigint not null,
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    entity_type text not null,
    entity_id   text not null,
    before_json text,
    after_json  text,
    prev_hash   text not null,
    hash        text not null,
    unique (chain_id, chain_seq)
);
create index audit_entry_entity_idx on audit_entry (chain_id, entity_type, entity_id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

revoke update, delete, truncate on audit_entry from public;
