package org.acollida.support;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A variable scope for unit tests of validators: answers {@code getVariable} from a map (absent names
 * are null, as in the engine) and refuses everything else, so a validator that starts writing
 * variables or reading them another way is noticed. No engine, no Mockito: instant.
 */
public final class FakeVariableScope {

  private FakeVariableScope() {}

  /** A scope holding {@code name1, value1, name2, value2, ...}; values may be null. */
  public static VariableScope of(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return of(variables);
  }

  public static VariableScope of(Map<String, ?> variables) {
    Map<String, Object> copy = new HashMap<>(variables);
    return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
        new Class<?>[] {VariableScope.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getVariable" -> copy.get((String) args[0]);
          // a typed value as the engine would give it (a File is passed in as one already)
          case "getVariableTyped" -> copy.get((String) args[0]) == null ? null
              : copy.get((String) args[0]) instanceof TypedValue typed ? typed
              : Variables.untypedValue(copy.get((String) args[0]));
          case "toString" -> "FakeVariableScope" + copy;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException("FakeVariableScope." + method.getName());
        });
  }
}
