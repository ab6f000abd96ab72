package org.acollida.itinerary;

/** The areas an itinerary plan may cover (the pilot's individualised integration itineraries). */
public enum ItineraryArea {
  LANGUAGE("Language"),
  HOUSING("Housing"),
  EMPLOYMENT_AND_TRAINING("Employment and training"),
  MONEY_MANAGEMENT("Money management"),
  HEALTH("Health"),
  EDUCATION("Education"),
  COMMUNITY_NETWORK("Community network");

  private final String label;

  ItineraryArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
