/**
 * The kill -9 durability test: the application as a separate process under attempt load, killed with SIGKILL and
 * restarted; every acknowledged attempt must be stored. Start from {@code KillNineDurabilityContract}.
 */
package org.gradientlab.courses.durability;
