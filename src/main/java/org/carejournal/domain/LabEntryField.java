package org.carejournal.domain;

/** The fields of a lab entry a validation message can point at. */
public enum LabEntryField { DATE, TEST, VALUE, UNIT }
