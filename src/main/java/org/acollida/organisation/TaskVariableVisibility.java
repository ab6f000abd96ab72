package org.acollida.organisation;

import java.util.Set;

/**
 * Process variables that a process's tasks do not show to those who work on them, contributed by that process (a
 * bean in its package). Through a task (its variables, its form's variables, what a completion returns) nobody
 * reads them; those who may read the process instance read them there. For example the agreement's budget lines:
 * each signatory votes on its own task, and no sponsor reads another sponsor's budget.
 */
public interface TaskVariableVisibility {

  /** The process whose tasks these are. */
  String processKey();

  /** The process variables its tasks do not show. */
  Set<String> hiddenFromTasks();
}
