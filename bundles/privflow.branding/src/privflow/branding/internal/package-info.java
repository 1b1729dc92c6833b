// SPDX-License-Identifier: EPL-2.0
/** The privflow IDE product's start-up behaviour; not API. */
package privflow.branding.internal;
