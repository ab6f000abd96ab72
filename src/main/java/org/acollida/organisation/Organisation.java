package org.acollida.organisation;

/** A partner organisation. Its id is also its Camunda group id and tenant id. */
public record Organisation(String id, String name, Role role) {

  public enum Role { GOVERNMENT, SPONSOR }

  public boolean isSponsor() {
    return role == Role.SPONSOR;
  }
}
