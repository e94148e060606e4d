/** ptzcam app module. */
package org.ptzcam.app;
