/** ptzcam media module. */
package org.ptzcam.media;
