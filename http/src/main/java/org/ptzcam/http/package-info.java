/** ptzcam http module. */
package org.ptzcam.http;
