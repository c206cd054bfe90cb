/**
 * Jeugdregio's, gemeenten and the membership of a gemeente in a jeugdregio, with validity dates; the population of
 * the gemeenten on 1 January (CBS) and CBS reference figures. Published views: {@code regio.v_lidmaatschap}, {@code
 * regio.v_bevolking}, {@code regio.v_jeugd_0_17}, {@code regio.v_kerncijfers}.
 */
@ApplicationModule(
        displayName = "Regio",
        allowedDependencies = {"kern", "platform"})
package nl.jeugdregie.regio;

import org.springframework.modulith.ApplicationModule;
