// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the findings of checked models in one output format. */
interface FindingsReport {

    /** Writes the findings of {@code models}, analysed with {@code options}, to {@code out}. */
    void write(List<CheckedModel> models, ModelOptions options, Writer out) throws IOException;
}
