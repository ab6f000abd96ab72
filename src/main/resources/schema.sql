-- Acollida's own table beside the engine's: open case codes (see OpenCaseCodes).
create table if not exists ACOLLIDA_OPEN_CASE (
  KIND_ varchar(32) not null,
  CODE_ varchar(64) not null,
  PROC_INST_ID_ varchar(64),
  primary key (KIND_, CODE_)
);
