package org.acollida.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.acollida.common.InvalidInputException;
import org.acollida.organisation.TaskVariableVisibility;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryVariableValue;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * What a person may do with a task's variables, through any door: the REST API, the webapps' own API (Tasklist),
 * Java with a user logged in. Each process validates its tasks in their complete listeners, so:
 *
 * <ul>
 *   <li>A task's variables are written only by completing it (complete, submit-form, resolve), and only with the
 *       fields of its own form: anything else is refused with 400 naming the variable. The complete listener then
 *       checks the whole form. Contract variables, statuses and dates are written by the process alone.
 *   <li>A person does not end a task with a BPMN error or escalation (403): that skips the complete listener.
 *   <li>Writing a task's variables without completing it ({@code PUT/POST/DELETE .../variables},
 *       {@code .../localVariables}) is refused, its form's fields included: such a write would reach the process
 *       unchecked, or, as a task-local draft, would shadow the field so that Tasklist's completion wrote the draft
 *       instead of the process. Tasklist keeps its drafts in the browser. Those who work on tasks hold TASK_WORK,
 *       not UPDATE, so the engine refuses them (403); whoever holds UPDATE (an administrator) gets 400 naming the
 *       variable.
 *   <li>Through a task, nobody reads the variables its process keeps from those who work on its tasks
 *       ({@link TaskVariableVisibility}), nor queries tasks by them (400).
 *   <li>A process instance's own variables ({@code /process-instance/{id}/variables}, {@code /execution/...}) are
 *       written by the process; an administrator may correct them (Cockpit), nobody else (403), even a role whose
 *       grant on the process lets it correlate messages and so would let it write them.
 *   <li>Nobody adds, changes or deletes an attachment through the engine's own commands ({@code POST
 *       /task/{id}/attachment/create}, {@code DELETE .../attachment/{id}}, the Java API): they check neither who
 *       may, nor the file's type and size (403). A case's documents are attachments added through
 *       {@code /api/documents}, which checks them and adds them inside a command of its own (docs/documents.md);
 *       and a document once added stays, as the case's history.
 * </ul>
 *
 * <p>Who may not work on the task at all gets the engine's own answer first (403, or 404 for a task that is not
 * there). The rules apply to the outermost command of a logged-in user; the engine's own work (listeners,
 * delegates, jobs, the demo's seeding) runs inside a command or without a user, and writes as the process. Only
 * tasks of a process instance are guarded.
 */
@Component
public class TaskVariableGuard extends AbstractProcessEnginePlugin {

  private final Map<String, Set<String>> hiddenByProcess = new HashMap<>();

  public TaskVariableGuard(List<TaskVariableVisibility> visibility) {
    for (TaskVariableVisibility process : visibility) {
      hiddenByProcess.computeIfAbsent(process.processKey(), key -> new HashSet<>()).addAll(process.hiddenFromTasks());
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Guard(configuration, hiddenByProcess));
  }

  /** The rules, applied around each command. */
  static final class Guard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;
    private final Map<String, Set<String>> hiddenByProcess;
    private final Set<String> hiddenAnywhere = new HashSet<>();
    /** A deployed form never changes (a new one gets a new id): its fields are read once, not at each completion. */
    private final Map<String, Set<String>> fieldsByForm = new ConcurrentHashMap<>();

    Guard(ProcessEngineConfigurationImpl configuration, Map<String, Set<String>> hiddenByProcess) {
      this.configuration = configuration;
      this.hiddenByProcess = Map.copyOf(hiddenByProcess);
      hiddenByProcess.values().forEach(hiddenAnywhere::addAll);
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null || !aPersonIsLoggedIn()) {
        return next.execute(command);
      }
      if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
          || command instanceof PatchTaskVariablesCmd) {
        refuseWrite(command);
        return next.execute(command);
      }
      if (command instanceof SetExecutionVariablesCmd || command instanceof RemoveExecutionVariablesCmd
          || command instanceof PatchExecutionVariablesCmd) {
        refuseProcessWrite(command);
        return next.execute(command);
      }
      if (command instanceof CreateAttachmentCmd || command instanceof SaveAttachmentCmd
          || command instanceof DeleteAttachmentCmd) {
        throw new AuthorizationException(configuration.getIdentityService().getCurrentAuthentication().getUserId()
            + " may not add, change or delete attachments directly: a case's documents are added through "
            + "/api/documents, which checks their kind, type and size, and are kept as the case's history");
      }
      if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
        refuseErrorOrEscalation(command);
        return next.execute(command);
      }
      if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
        return complete(command);
      }
      if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskFormVariablesCmd) {
        T variables = next.execute(command);
        String taskId = command instanceof GetTaskFormVariablesCmd form ? form.resourceId : field(command, "taskId");
        return withoutHidden(variables, taskId, null);
      }
      if (command instanceof TaskQueryImpl || command instanceof AbstractExecuteFilterCmd) {
        refuseHiddenConditions(command instanceof TaskQueryImpl query ? query : field(command, "extendingQuery"));
        return next.execute(command);
      }
      if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
        String name = field(command, "variableName");
        if (hiddenAnywhere.contains(name) && hiddenFrom(field(command, "taskId")).contains(name)) {
          return null; // as if the task had no such variable: 404 through REST
        }
        return next.execute(command);
      }
      return next.execute(command);
    }

    private boolean aPersonIsLoggedIn() {
      Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
      return authentication != null && authentication.getUserId() != null;
    }

    /** Setting, changing or removing a task's variables without completing it. */
    private void refuseWrite(Command<?> command) {
      String taskId = field(command, "entityId");
      List<String> names = new ArrayList<>();
      Map<String, ?> set = command instanceof RemoveTaskVariablesCmd ? null : field(command, "variables");
      if (set != null) {
        names.addAll(set.keySet());
      }
      Collection<String> removed = command instanceof RemoveTaskVariablesCmd ? field(command, "variableNames")
          : command instanceof PatchTaskVariablesCmd ? field(command, "deletions") : null;
      if (removed != null) {
        names.addAll(removed);
      }
      if (names.isEmpty()) {
        return;
      }
      TaskFacts task = facts(taskId, CommandChecker::checkUpdateTaskVariable, true);
      if (task == null) {
        return;
      }
      String name = names.get(0);
      if (task.formFields().contains(name)) {
        throw new InvalidInputException(name, "is a field of this task's form (" + task.formId() + ") and is written "
            + "by completing the task, which checks the whole form; a task's variables cannot be set before that");
      }
      throw notAField(name, task);
    }

    /** Setting, changing or removing a process instance's variables directly: an administrator's correction. */
    private void refuseProcessWrite(Command<?> command) {
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
        return;
      }
      String executionId = field(command, "entityId");
      if (executionId == null) {
        return;
      }
      Boolean found = next.execute(context -> {
        ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
        if (execution == null) {
          return false;
        }
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
          checker.checkUpdateProcessInstanceVariables(execution);
        }
        return true;
      });
      if (Boolean.TRUE.equals(found)) {
        throw new AuthorizationException(user.getUserId() + " may not write a process's variables: the process writes "
            + "them (a task's fields by completing the task) and only an administrator corrects them");
      }
    }

    /**
     * A BPMN error or escalation thrown on a task by a person. It ends the task without its complete listener: an
     * error nothing catches ends the task's path as if done (a vote that never counted), and the itinerary's
     * hand-over escalation is caught around every task of a family's itinerary, so a sponsor could hand its family
     * over without the mediation. The processes throw their own errors and escalations; a person completes a task.
     */
    private void refuseErrorOrEscalation(Command<?> command) {
      String taskId = field(command, "taskId");
      if (facts(taskId, CommandChecker::checkTaskWork, false) != null) {
        throw new AuthorizationException(configuration.getIdentityService().getCurrentAuthentication().getUserId()
            + " may not throw a BPMN error or escalation on task " + taskId + ": a task is ended by completing it,"
            + " which checks its form; the process throws its own errors and escalations");
      }
    }

    /** A completion with variables: the task's form fields only. */
    private <T> T complete(Command<T> command) {
      String taskId = field(command, "taskId");
      Map<String, ?> variables = field(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
      boolean returnsVariables = Boolean.TRUE.equals(field(command, "returnVariables"));
      boolean writes = variables != null && !variables.isEmpty();
      if (!writes && !returnsVariables) {
        return next.execute(command);
      }
      TaskFacts task = facts(taskId, CommandChecker::checkTaskWork, writes);
      if (task != null && writes) {
        for (String name : variables.keySet()) {
          if (!task.formFields().contains(name)) {
            throw notAField(name, task);
          }
        }
      }
      T returned = next.execute(command);
      return task == null ? returned : withoutHidden(returned, null, task.processKey());
    }

    private static InvalidInputException notAField(String name, TaskFacts task) {
      return new InvalidInputException(name, "is not a field of this task's form (" + task.formId() + ": "
          + String.join(", ", task.formFields()) + "); a task's variables are written only by completing it, with "
          + "its form's fields, and the process writes the rest");
    }

    /**
     * A task query (or Tasklist filter) on a variable tasks do not show would tell it all the same: which of my
     * tasks have {@code totalBudgetEur} above a figure, asked again and again.
     */
    private void refuseHiddenConditions(Object query) {
      if (!(query instanceof TaskQueryImpl taskQuery) || hiddenAnywhere.isEmpty()) {
        return;
      }
      List<TaskQueryImpl> queries = taskQuery.getQueries() == null || taskQuery.getQueries().isEmpty()
          ? List.of(taskQuery) : taskQuery.getQueries();
      for (TaskQueryImpl one : queries) {
        for (TaskQueryVariableValue condition : one.getVariables()) {
          if (hiddenAnywhere.contains(condition.getName())) {
            throw new InvalidInputException(condition.getName(), "is not shown through tasks, so tasks cannot be "
                + "queried by it; who may read the process instance queries the instances");
          }
        }
      }
    }

    /** The variables a task read returns, less those its process does not show through tasks. */
    @SuppressWarnings("unchecked")
    private <T> T withoutHidden(T variables, String taskId, String processKey) {
      if (!(variables instanceof VariableMap map) || map.keySet().stream().noneMatch(hiddenAnywhere::contains)) {
        return variables;
      }
      Set<String> hidden = processKey != null ? hiddenByProcess.getOrDefault(processKey, Set.of()) : hiddenFrom(taskId);
      hidden.forEach(map::remove);
      return (T) map;
    }

    private Set<String> hiddenFrom(String taskId) {
      TaskFacts task = facts(taskId, null, false);
      return task == null ? Set.of() : hiddenByProcess.getOrDefault(task.processKey(), Set.of());
    }

    /** Reads the task in a command of its own, after the engine's own permission check for what is asked. */
    private TaskFacts facts(String taskId, BiConsumer<CommandChecker, TaskEntity> permission, boolean withForm) {
      if (taskId == null) {
        return null;
      }
      return next.execute(context -> TaskFacts.read(context, taskId, permission, withForm, fieldsByForm));
    }

    @SuppressWarnings("unchecked")
    private static <V> V field(Object command, String name) {
      for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
        try {
          Field field = type.getDeclaredField(name);
          field.setAccessible(true);
          return (V) field.get(command);
        } catch (NoSuchFieldException e) {
          // declared higher up
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
        }
      }
      // a Camunda upgrade renamed it: refuse rather than let the request through unchecked
      throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
    }
  }

  /** A task as the guard needs it: its process, its form and the variables that form submits. */
  record TaskFacts(String processKey, String formId, Set<String> formFields) {

    static TaskFacts read(CommandContext context, String taskId, BiConsumer<CommandChecker, TaskEntity> permission,
        boolean withForm, Map<String, Set<String>> fieldsByForm) {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getExecutionId() == null) {
        return null;
      }
      if (permission != null) {
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
          permission.accept(checker, task);
        }
      }
      String processKey = task.getProcessDefinition().getKey();
      if (!withForm) {
        return new TaskFacts(processKey, null, Set.of());
      }
      task.initializeFormKey();
      CamundaFormRef formRef = task.getCamundaFormRef();
      if (formRef == null) {
        return new TaskFacts(processKey, "none", Set.of());
      }
      CamundaFormDefinition form =
          new GetCamundaFormDefinitionCmd(formRef, task.getProcessDefinition().getDeploymentId()).execute(context);
      if (form == null) {
        // a model deployed on its own (e.g. to migrate running cases) names forms deployed with the application
        form = new GetCamundaFormDefinitionCmd(new CamundaFormRefImpl(formRef.getKey(), "latest"), null).execute(context);
      }
      if (form == null) {
        return new TaskFacts(processKey, formRef.getKey() + ", not deployed", Set.of());
      }
      CamundaFormDefinition deployed = form;
      Set<String> fields = fieldsByForm.computeIfAbsent(deployed.getId(), id -> TaskFormFields.of(context
          .getResourceManager().findResourceByDeploymentIdAndResourceName(deployed.getDeploymentId(),
              deployed.getResourceName()).getBytes()));
      return new TaskFacts(processKey, deployed.getKey(), fields);
    }
  }
}
