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

-- The mail outbox (see notification/MailOutbox): one row per mail to one person, written in the transaction
-- of the process step that causes it; a job delivers it after commit and stamps SENT_ so a retry never sends
-- it again. No address is stored: it is looked up at delivery, and the mail is rendered then.
create table if not exists ACOLLIDA_MAIL_OUTBOX (
  ID_ varchar(64) not null,
  USER_ID_ varchar(255) not null,
  KIND_ varchar(64) not null,
  PARAMS_ varchar(4000) not null,
  CREATED_ timestamp not null,
  STATE_ varchar(16) not null,
  SENT_ timestamp,
  primary key (ID_)
);
