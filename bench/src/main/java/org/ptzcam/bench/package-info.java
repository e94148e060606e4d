/** ptzcam bench module. */
package org.ptzcam.bench;
