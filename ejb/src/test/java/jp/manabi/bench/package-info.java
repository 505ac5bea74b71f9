/** Benchmarks: reproducible commands that print numbers (see the README), not tests. */
package jp.manabi.bench;
