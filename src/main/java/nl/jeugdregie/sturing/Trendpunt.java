package nl.jeugdregie.sturing;

/** The total of an indicator in one period of a trend, for the gemeente and its region; null when there was none. */
public record Trendpunt(Rapportageperiode periode, Cel gemeente, Cel regio) {}
