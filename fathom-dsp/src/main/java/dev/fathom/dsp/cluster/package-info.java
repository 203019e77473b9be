/**
 * Clustering: k-means with scikit-learn's algorithm and defaults (k-means++ seeding, best of
 * several Lloyd runs), reproducible through an explicit seed.
 */
package dev.fathom.dsp.cluster;
