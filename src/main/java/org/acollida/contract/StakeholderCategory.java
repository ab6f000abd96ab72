package org.acollida.contract;

/** Who a stakeholder is. Migrant associations are counted apart: their voice is what the round must not lose. */
public enum StakeholderCategory {
  MIGRANT_ASSOCIATION("Migrant associations"),
  NGO("NGOs"),
  PUBLIC_ADMINISTRATION("Public administrations"),
  INTERNATIONAL_ORGANISATION("International organisations"),
  CITIZEN("Citizens"),
  OTHER("Others");

  private final String label;

  StakeholderCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
