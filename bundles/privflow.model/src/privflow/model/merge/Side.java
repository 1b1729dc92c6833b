// SPDX-License-Identifier: EPL-2.0
package privflow.model.merge;

/** The two sides of a three-way merge, as git names them. */
public enum Side {
    /** The version being merged into (the current branch). */
    OURS,
    /** The version being merged in. */
    THEIRS
}
