package nl.jeugdregie.portaal.web;

/** The form that starts a concept declaratie: the gemeente (CBS code) and the month as the browser sends it (yyyy-MM). */
record ConceptFormulier(String gemeente, String maand) {}
