package com.kcspeedshop.datasets.ai4i;

/** Product quality variant of an AI4I row: L (low, 50 % of rows), M (medium, 30 %), H (high, 20 %). */
public enum ProductType {
    L, M, H
}
