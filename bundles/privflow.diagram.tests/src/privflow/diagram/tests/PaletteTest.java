// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import privflow.core.Severity;
import privflow.diagram.Palette;
import privflow.diagram.Zone;
import privflow.testing.Contrast;

/**
 * The diagram's colours meet WCAG 2.1 AA and stay apart without colour vision: lines and borders
 * at least 3:1 against every background they are drawn on (1.4.11), white marker text at least
 * 4.5:1 (1.4.3), and the severities and plain flows apart in lightness, also as people with
 * protanopia, deuteranopia and tritanopia see them (Brettel/Viénot simulation in linear RGB).
 */
class PaletteTest {

    private static final String WHITE = "#ffffff";

    private static List<String> backgrounds() {
        List<String> all = new ArrayList<>(List.of(WHITE));
        for (Zone zone : Zone.values()) {
            all.add(Palette.zone(zone));
        }
        return all;
    }

    private static List<String> lines() {
        List<String> all = new ArrayList<>(List.of(Palette.EDGE, Palette.BORDER, Palette.ZONE_BORDER, Palette.TEXT, Palette.LABEL));
        for (Severity s : Palette.FLAGGED) {
            all.add(Palette.severity(s, null));
        }
        return all;
    }

    @Test
    void everyLineAndBorderStandsOutFromItsBackground() {
        List<String> problems = new ArrayList<>();
        for (String line : lines()) {
            for (String background : backgrounds()) {
                if (contrast(line, background) < 3) {
                    problems.add(line + " on " + background + ": " + contrast(line, background));
                }
            }
        }
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void markerTextIsReadable() {
        for (Severity s : Palette.FLAGGED) {
            double ratio = contrast(Palette.MARKER_TEXT, Palette.severity(s, null));
            assertTrue(ratio >= 4.5, s + ": " + ratio);
        }
        assertTrue(contrast(Palette.MARKER_TEXT, Palette.BORDER) >= 4.5, "markers of lower severities");
    }

    @Test
    void severitiesDifferInLightnessForEveryColourVision() {
        List<String> colours = new ArrayList<>(List.of(Palette.EDGE));
        Palette.FLAGGED.forEach(s -> colours.add(Palette.severity(s, null)));
        List<String> problems = new ArrayList<>();
        for (int vision = 0; vision < 4; vision++) {
            for (int i = 0; i < colours.size(); i++) {
                for (int j = i + 1; j < colours.size(); j++) {
                    double ratio = Contrast.ratioOfLuminances(Contrast.luminance(simulate(Contrast.linear(colours.get(i)), vision)),
                            Contrast.luminance(simulate(Contrast.linear(colours.get(j)), vision)));
                    if (ratio < 1.3) {
                        problems.add(colours.get(i) + " vs " + colours.get(j) + " (vision " + vision + "): " + ratio);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems::toString);
    }

    static double contrast(String a, String b) {
        return Contrast.ratio(a, b);
    }

    /** @return {@code c} as seen with normal vision (0), protanopia (1), deuteranopia (2) or tritanopia (3) */
    private static double[] simulate(double[] c, int vision) {
        double[][] m = switch (vision) {
            case 1 -> new double[][]{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
            case 2 -> new double[][]{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
            case 3 -> new double[][]{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};
            default -> new double[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        };
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.clamp(m[i][0] * c[0] + m[i][1] * c[1] + m[i][2] * c[2], 0, 1);
        }
        return out;
    }
}
