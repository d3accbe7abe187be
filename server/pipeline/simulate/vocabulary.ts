/** Small pools of plausible values; none of the texts contains failure words, so outputs pass the failure check. */
export const FIRST_NAMES = ["Alice", "Bruno", "Chen", "Dana", "Elif", "Farah", "Gustavo", "Hana", "Ivan", "Jonas", "Keiko", "Liam", "Maya", "Nadia", "Omar", "Priya"];
export const LAST_NAMES = ["Smith", "Garcia", "Nguyen", "Mueller", "Okafor", "Rossi", "Tanaka", "Kowalski", "Silva", "Haddad", "Larsen", "Patel"];
export const CITIES = ["Paris", "Tokyo", "Chicago", "Berlin", "Toronto", "Sydney", "Madrid", "Seoul", "Nairobi", "Lisbon", "Denver", "Austin"];
export const COUNTRIES = ["France", "Japan", "Canada", "Germany", "Brazil", "Kenya", "Spain", "Australia"];
export const STREETS = ["Market Street", "Elm Avenue", "Harbor Road", "Maple Lane", "King Street", "Cedar Drive"];
export const AIRPORTS = ["JFK", "LAX", "CDG", "HND", "LHR", "SFO", "ORD", "FRA"];
export const COMPANIES = ["Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Blue Yonder Airlines", "Tailspin Toys"];
export const PRODUCTS = ["Wireless Mouse", "Standing Desk", "Noise-Cancelling Headphones", "Travel Backpack", "Coffee Grinder"];
export const FILES = ["report.txt", "notes.md", "budget.csv", "summary.pdf", "draft.docx", "data.json"];
export const FOLDERS = ["documents", "projects", "reports", "archive", "photos", "downloads"];
export const SYMBOLS = ["AAPL", "MSFT", "NVDA", "AMZN", "GOOG", "TSLA", "META", "NFLX"];
export const CURRENCIES = ["USD", "EUR", "JPY", "GBP", "CAD"];
export const LANGUAGES = ["en", "fr", "es", "de", "ja"];
export const COLORS = ["blue", "green", "red", "black", "silver"];
export const KINDS = ["standard", "premium", "basic", "express"];
export const STATUSES = ["active", "completed", "open", "pending"];
export const TITLES = ["Quarterly report", "Team offsite plan", "Login issue on mobile", "Budget review", "Release checklist"];
export const TAGS = ["#travel", "#tech", "#news", "#update", "#team"];
export const KEYWORDS = ["budget", "launch", "weekend", "roadmap", "meeting"];
export const MESSAGES = [
  "The request was processed successfully.",
  "All items are up to date.",
  "Everything is ready for the next step.",
  "Details were updated as requested.",
  "The latest figures are ready for review.",
];
export const TEXTS = [
  "Great progress on the project today!",
  "Looking forward to the weekend trip.",
  "Remember to review the budget before Friday.",
  "The new release is live for everyone.",
  "Lunch meeting moved to 1 pm.",
];
