-- Quantity conflicts: two figures for one measure (notion, subject, object, place, canonical unit) whose ranges do
-- not overlap, about overlapping days. Figures of an event compare when their days overlap; running totals (tolls)
-- compare as of when they were given, and a later total below a firm earlier one is a fall. A figure at a place
-- within another's place, for one incident, is a part of it and conflicts only by exceeding it. A withdrawn claim, or
-- a figure its speaker later revised, stood from the day it was said until the day it was withdrawn or revised
-- (StandsUntil): it meets the figures other speakers gave before that day, never as a fall, and nothing else. Two
-- figures entailed from one measure are compared where they were said, not again. A denial of a figure ("denied that
-- at least 40 were killed") is weighed against the figures it rules out by the library only.
-- Reads the tables (or views) statements and places that ClaimLedger.Parquet writes; runs as it is in DuckDB and
-- Spark SQL. Each pair of claims once, the smaller id first.
WITH figures AS (
  SELECT * FROM statements
  WHERE Stance = 'affirms' AND HasQuantity AND KeepsQuantity AND Modality <> 'conditional'
    AND (NOT (Withdrawn OR Superseded) OR (StandsUntil IS NOT NULL AND StatedEnd < StandsUntil))
),
pairs AS (
  SELECT
    a.ClaimId AS first, b.ClaimId AS second,
    -- the ranges do not overlap
    ((a.QuantityHigh IS NOT NULL AND b.QuantityLow IS NOT NULL
      AND (a.QuantityHigh < b.QuantityLow OR (a.QuantityHigh = b.QuantityLow AND NOT (a.HighInclusive AND b.LowInclusive))))
     OR (b.QuantityHigh IS NOT NULL AND a.QuantityLow IS NOT NULL
      AND (b.QuantityHigh < a.QuantityLow OR (b.QuantityHigh = a.QuantityLow AND NOT (b.HighInclusive AND a.LowInclusive))))) AS apart,
    -- a exceeds b, and b exceeds a
    (a.QuantityLow IS NOT NULL AND b.QuantityHigh IS NOT NULL
      AND (a.QuantityLow > b.QuantityHigh OR (a.QuantityLow = b.QuantityHigh AND NOT (a.LowInclusive AND b.HighInclusive)))) AS a_above,
    (b.QuantityLow IS NOT NULL AND a.QuantityHigh IS NOT NULL
      AND (b.QuantityLow > a.QuantityHigh OR (b.QuantityLow = a.QuantityHigh AND NOT (b.LowInclusive AND a.HighInclusive)))) AS b_above,
    -- the times compared: the days meant for an event, the days counted up to for a running total
    (COALESCE(a.DayStart, -2147483648) <= COALESCE(b.DayEnd, 2147483647)
      AND COALESCE(b.DayStart, -2147483648) <= COALESCE(a.DayEnd, 2147483647)) AS days_overlap,
    (CASE WHEN a.Counts = 'running-total'
          THEN COALESCE(a.AsOfStart, -2147483648) <= COALESCE(b.AsOfEnd, 2147483647)
               AND COALESCE(b.AsOfStart, -2147483648) <= COALESCE(a.AsOfEnd, 2147483647)
          ELSE COALESCE(a.DayStart, -2147483648) <= COALESCE(b.DayEnd, 2147483647)
               AND COALESCE(b.DayStart, -2147483648) <= COALESCE(a.DayEnd, 2147483647) END) AS times_overlap,
    (a.Counts = 'running-total' AND a.AsOfEnd IS NOT NULL AND b.AsOfStart IS NOT NULL AND a.AsOfEnd < b.AsOfStart) AS a_earlier,
    (a.Counts = 'running-total' AND b.AsOfEnd IS NOT NULL AND a.AsOfStart IS NOT NULL AND b.AsOfEnd < a.AsOfStart) AS b_earlier,
    -- both on the record at once: neither withdrawn nor revised, or another speaker's figure said before the day one was
    ((NOT (a.Withdrawn OR a.Superseded) AND NOT (b.Withdrawn OR b.Superseded))
     OR (a.Speaker <> b.Speaker AND NOT (a.Withdrawn AND b.Withdrawn)
         AND (NOT (a.Withdrawn OR a.Superseded) OR b.StatedEnd < a.StandsUntil)
         AND (NOT (b.Withdrawn OR b.Superseded) OR a.StatedEnd < b.StandsUntil))) AS together,
    (NOT (a.Withdrawn OR a.Superseded) AND NOT (b.Withdrawn OR b.Superseded)) AS both_stand,
    a.Modality AS a_modality, b.Modality AS b_modality,
    a.Place AS a_place, b.Place AS b_place,
    a.Incident = b.Incident AS one_incident,
    (b.Place = '' OR EXISTS (SELECT 1 FROM places p WHERE p.Place = a.Place AND p.Within = b.Place)) AS a_within_b,
    (a.Place = '' OR EXISTS (SELECT 1 FROM places p WHERE p.Place = b.Place AND p.Within = a.Place)) AS b_within_a
  FROM figures a
  JOIN figures b
    ON a.Predicate = b.Predicate AND a.Subject = b.Subject AND a.Object = b.Object AND a.Unit = b.Unit
   AND a.Attempt = b.Attempt AND a.ClaimId < b.ClaimId
  WHERE NOT (a.Derived AND b.Derived AND a.Measure = b.Measure)
)
SELECT DISTINCT first, second
FROM pairs
WHERE apart AND days_overlap AND together AND (
  (a_place = b_place AND (times_overlap
      OR (both_stand AND a_earlier AND a_modality = 'firm' AND a_above)
      OR (both_stand AND b_earlier AND b_modality = 'firm' AND b_above)))
  OR (a_place <> b_place AND one_incident AND times_overlap
      AND ((a_within_b AND a_above) OR (b_within_a AND b_above))))
