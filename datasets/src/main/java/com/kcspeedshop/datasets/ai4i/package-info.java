/**
 * Typed reader for the AI4I 2020 predictive-maintenance CSV ({@code ../shared/datasets/ai4i2020/}). Invariant: every
 * record has all five process values finite and its failure flags exactly as recorded (no derived OR).
 */
package com.kcspeedshop.datasets.ai4i;
