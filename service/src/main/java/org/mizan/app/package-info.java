/**
 * The composition root: reads configuration, the environment and the system clock, and wires every
 * service by hand in straight-line order.
 *
 * <p>Entry type: {@link org.mizan.app.Mizan}. The only package that may read the environment or the
 * system clock; knows nothing of the command line.
 */
package org.mizan.app;
