package org.acollida.organisation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The partner organisations, read from organisations.json: adding one is a data change, not a code change. */
@Component
public class OrganisationRegistry {

  public static final String GOVERNMENT_ID = "gva";
  public static final String JOINT_COMMISSION = "joint-commission";
  public static final String CONSULTATION_FACILITATORS = "consultation-facilitators";
  public static final String STAKEHOLDERS = "stakeholders";

  private final Map<String, Organisation> byId = new LinkedHashMap<>();

  public OrganisationRegistry() throws IOException {
    try (InputStream in = new ClassPathResource("organisations.json").getInputStream()) {
      List<Organisation> organisations = new ObjectMapper().readValue(in, new TypeReference<>() {});
      for (Organisation organisation : organisations) {
        if (byId.put(organisation.id(), organisation) != null) {
          throw new IllegalStateException("organisations.json lists " + organisation.id() + " twice");
        }
      }
    }
  }

  public List<Organisation> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Organisation> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  public List<Organisation> sponsors() {
    return byId.values().stream().filter(Organisation::isSponsor).toList();
  }
}
