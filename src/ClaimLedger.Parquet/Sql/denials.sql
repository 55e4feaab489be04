-- Denials: one statement affirms and another denies the same proposition (the same notion, subject and object,
-- entailments expanded) for overlapping days. A denial covers its place and every place within it; one that names
-- no place covers every place. Attempts meet only attempts. A withdrawn claim stood from the day it was said until
-- the day it was withdrawn (StandsUntil): it meets what other speakers said before that day, and nothing else.
-- Reads the tables (or views) statements and places that ClaimLedger.Parquet writes; runs as it is in DuckDB and
-- Spark SQL. A conditional statement ("if it is established, ...") takes no side, and a denial of a figure ("denied
-- that at least 40 were killed") denies the figure, not the proposition (the quantity query weighs it), unless its
-- speaker gave that very figure: then it takes the figure back. Each pair of
-- claims once, the smaller id first.
SELECT DISTINCT
  CASE WHEN a.ClaimId < d.ClaimId THEN a.ClaimId ELSE d.ClaimId END AS first,
  CASE WHEN a.ClaimId < d.ClaimId THEN d.ClaimId ELSE a.ClaimId END AS second
FROM statements a
JOIN statements d
  ON a.Predicate = d.Predicate AND a.Subject = d.Subject AND a.Object = d.Object AND a.Attempt = d.Attempt
WHERE a.Stance = 'affirms' AND d.Stance = 'denies'
  AND a.Modality <> 'conditional' AND d.Modality <> 'conditional'
  AND (NOT d.HasQuantity OR d.Withdrawn
       OR (a.Speaker = d.Speaker AND NOT a.Derived AND a.HasQuantity AND a.Unit = d.Unit AND a.Place = d.Place
           AND a.QuantityLow IS NOT DISTINCT FROM d.QuantityLow AND a.QuantityHigh IS NOT DISTINCT FROM d.QuantityHigh
           AND a.LowInclusive = d.LowInclusive AND a.HighInclusive = d.HighInclusive))
  AND a.ClaimId <> d.ClaimId
  AND NOT (a.Withdrawn AND d.Withdrawn)
  AND (NOT a.Withdrawn OR (a.Speaker <> d.Speaker AND a.StandsUntil IS NOT NULL
       AND a.StatedEnd < a.StandsUntil AND d.StatedEnd < a.StandsUntil))
  AND (NOT d.Withdrawn OR (a.Speaker <> d.Speaker AND d.StandsUntil IS NOT NULL
       AND d.StatedEnd < d.StandsUntil AND a.StatedEnd < d.StandsUntil))
  AND COALESCE(a.DayStart, -2147483648) <= COALESCE(d.DayEnd, 2147483647)
  AND COALESCE(d.DayStart, -2147483648) <= COALESCE(a.DayEnd, 2147483647)
  AND (d.Place = '' OR a.Place = d.Place
       OR EXISTS (SELECT 1 FROM places p WHERE p.Place = a.Place AND p.Within = d.Place))
