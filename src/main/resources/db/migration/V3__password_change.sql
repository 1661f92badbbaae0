-- A temporary password (a new staff account, a reset) must be replaced by its owner at the next sign-in.
alter table app_user add column must_change_password boolean default false not null;
