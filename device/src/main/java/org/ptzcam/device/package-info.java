/** ptzcam device module. */
package org.ptzcam.device;
