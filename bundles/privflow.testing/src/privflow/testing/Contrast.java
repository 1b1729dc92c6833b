// SPDX-License-Identifier: EPL-2.0
package privflow.testing;

/** WCAG 2.1 relative luminance and contrast of sRGB colours written as {@code #rrggbb}. */
public final class Contrast {

    private Contrast() {
    }

    /** @return the contrast ratio of {@code a} and {@code b}, from 1 to 21 */
    public static double ratio(String a, String b) {
        return ratioOfLuminances(luminance(linear(a)), luminance(linear(b)));
    }

    /** @return the contrast ratio of two relative luminances */
    public static double ratioOfLuminances(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** @return the linear RGB components of {@code hex} */
    public static double[] linear(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return c;
    }

    /** @return the relative luminance of linear RGB {@code c} */
    public static double luminance(double[] c) {
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
