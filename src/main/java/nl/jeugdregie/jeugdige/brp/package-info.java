/**
 * The client for the Haal Centraal BRP Personen bevragen API (version 2): the person data of a jeugdige as the
 * basisregistratie personen (BRP) knows them. {@link nl.jeugdregie.jeugdige.brp.Personenbevraging} is the one way in;
 * it exists as a bean only when a BRP endpoint is configured (see {@link nl.jeugdregie.jeugdige.brp.BrpConfiguration}).
 */
package nl.jeugdregie.jeugdige.brp;
