/** Benchmarks of the running application over HTTP (see the README), not tests. */
package jp.manabi.bench;
