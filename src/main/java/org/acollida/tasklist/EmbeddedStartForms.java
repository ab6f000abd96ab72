package org.acollida.tasklist;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.acollida.common.ParseListeners;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Lets Tasklist find an embedded start form ({@code embedded:deployment:forms/<process key>/<form>.html}) whatever
 * name the deployment gave the file. Spring's auto-deployment names a resource by where it was found (an absolute
 * path when run from the build's classes, the bare file name inside the jar), while the form key names it as
 * designers see it in the repository; at each request for the form the key is answered with the name the
 * process's own deployment has for that file. Only a start form needs it: where a Camunda Form cannot do the
 * work (a file field, docs/adr/0011-how-the-grant-is-modelled.md).
 */
@Component
public class EmbeddedStartForms extends AbstractProcessEnginePlugin {

  static final String PREFIX = "embedded:deployment:";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterCamunda(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
        FormDefinition form = process.getStartFormDefinition();
        if (form != null && form.getFormKey() != null && form.getFormKey().isLiteralText()
            && form.getFormKey().getExpressionText().startsWith(PREFIX)) {
          form.setFormKey(new DeployedName(process, form.getFormKey()));
        }
      }
    });
  }

  /** The deployed resource a form path names: the same name, a name ending in it, or (in a jar) its file name. */
  static String deployedName(String path, List<String> resourceNames) {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    for (String name : resourceNames) {
      String normalised = name.replace('\\', '/');
      if (normalised.equals(path) || normalised.endsWith("/" + path)) {
        return name;
      }
    }
    List<String> sameFile = resourceNames.stream().filter(name -> name.equals(fileName)).toList();
    return sameFile.size() == 1 ? sameFile.get(0) : path;
  }

  /** The form key answered with the deployed name; one lookup per deployment. */
  static final class DeployedName implements Expression {
    private final ProcessDefinitionEntity process;
    private final Expression key;
    private final Map<String, String> byDeployment = new ConcurrentHashMap<>();

    DeployedName(ProcessDefinitionEntity process, Expression key) {
      this.process = process;
      this.key = key;
    }

    @Override
    public String getExpressionText() {
      String path = key.getExpressionText().substring(PREFIX.length());
      String deploymentId = process.getDeploymentId();
      if (deploymentId == null || Context.getProcessEngineConfiguration() == null) {
        return key.getExpressionText();
      }
      return PREFIX + byDeployment.computeIfAbsent(deploymentId, id -> deployedName(path,
          Context.getProcessEngineConfiguration().getRepositoryService().getDeploymentResourceNames(id)));
    }

    @Override
    public Object getValue(VariableScope scope) {
      return getExpressionText();
    }

    @Override
    public void setValue(Object value, VariableScope scope) {
      key.setValue(value, scope);
    }

    @Override
    public boolean isLiteralText() {
      return true;
    }
  }
}
