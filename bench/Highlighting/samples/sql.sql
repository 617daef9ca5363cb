-- Participants per workshop, most recent first
SELECT w.title, COUNT(p.id) AS participants
FROM workshops AS w
LEFT JOIN participants p ON p.workshop_id = w.id
WHERE w.held_on >= '2023-01-01' AND p.consent = TRUE
GROUP BY w.title
HAVING COUNT(p.id) > 5
ORDER BY MAX(w.held_on) DESC;
