package org.carejournal.ui.today;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.carejournal.domain.checkin.Symptom;

/** One symptom on the check-in and today's rating for it; {@link #NOT_RATED} until rated. */
public final class RatingRowModel {
    public static final int NOT_RATED = -1;

    private final Symptom symptom;
    private final IntegerProperty rating = new SimpleIntegerProperty(NOT_RATED);

    public RatingRowModel(Symptom symptom) {
        this.symptom = symptom;
    }

    public Symptom symptom() { return symptom; }
    public IntegerProperty ratingProperty() { return rating; }
    public boolean rated() { return rating.get() != NOT_RATED; }
}
