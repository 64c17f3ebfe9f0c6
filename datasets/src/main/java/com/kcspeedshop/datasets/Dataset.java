package com.kcspeedshop.datasets;

/**
 * One public dataset.
 *
 * @param folder  the folder under a datasets root that holds its files
 * @param source  where to download it (the original publisher)
 * @param licence as the publisher states it
 */
public record Dataset(String folder, String title, String source, String licence) {
}
