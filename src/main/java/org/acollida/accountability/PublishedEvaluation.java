package org.acollida.accountability;

import com.fasterxml.jackson.databind.JsonNode;

/** The Joint Commission's latest published evaluation of the strategy: its conclusions and the figures behind them. */
public record PublishedEvaluation(String publishedAt, String figuresDate, String conclusions, JsonNode figures) {}
