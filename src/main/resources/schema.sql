-- Acollida's own table beside the engine's: open case codes (see OpenCaseCodes).
create table if not exists ACOLLIDA_OPEN_CASE (
  KIND_ varchar(32) not null,
  CODE_ varchar(64) not null,
  PROC_INST_ID_ varchar(64),
  primary key (KIND_, CODE_)
);

-- Contributions to a consultation round still collecting them (see SealedContributions): kept out of the
-- round's process variables, which every invited stakeholder's task can read, until the synthesis.
create table if not exists ACOLLIDA_SEALED_CONTRIBUTION (
  PROC_INST_ID_ varchar(64) not null,
  STAKEHOLDER_ID_ varchar(64) not null,
  TEXT_ varchar(4000) not null,
  primary key (PROC_INST_ID_, STAKEHOLDER_ID_)
);

-- The stakeholder each SubmitContribution task was created for (see SealedContributions): the task's own
-- variables can be written by whoever works on it, so who a contribution comes from is kept here.
create table if not exists ACOLLIDA_CONTRIBUTION_INVITATION (
  TASK_ID_ varchar(64) not null,
  PROC_INST_ID_ varchar(64) not null,
  STAKEHOLDER_ID_ varchar(64) not null,
  primary key (TASK_ID_)
);
