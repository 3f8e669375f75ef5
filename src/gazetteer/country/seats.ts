/** A seat of government written for the government itself ("the Kremlin said"): an institution of its country. */
export interface SeatOfGovernment {
  name: string;
  country: string;
}

export const seatsOfGovernment: readonly SeatOfGovernment[] = [
  { name: 'Kremlin', country: 'Russia' },
  { name: 'White House', country: 'United States' },
  { name: 'Pentagon', country: 'United States' },
  { name: 'Capitol Hill', country: 'United States' },
  { name: 'Foggy Bottom', country: 'United States' },
  { name: 'Downing Street', country: 'United Kingdom' },
  { name: 'Whitehall', country: 'United Kingdom' },
  { name: 'Élysée', country: 'France' },
  { name: 'Elysee', country: 'France' },
  { name: 'Élysée Palace', country: 'France' },
  { name: 'Elysee Palace', country: 'France' },
  { name: 'Quai d’Orsay', country: 'France' },
  { name: "Quai d'Orsay", country: 'France' },
  { name: 'Matignon', country: 'France' },
  { name: 'Bundestag', country: 'Germany' },
  { name: 'Bankova', country: 'Ukraine' },
  { name: 'Verkhovna Rada', country: 'Ukraine' },
  { name: 'Duma', country: 'Russia' },
  { name: 'State Duma', country: 'Russia' },
  { name: 'Zhongnanhai', country: 'China' },
  { name: 'Blue House', country: 'South Korea' },
  { name: 'Knesset', country: 'Israel' },
  { name: 'Quirinale', country: 'Italy' },
  { name: 'Palazzo Chigi', country: 'Italy' },
  { name: 'Moncloa', country: 'Spain' },
  { name: 'Sejm', country: 'Poland' },
];

/**
 * National agencies, services and central banks written for their state, as a seat of government is ("NASA
 * said", "a GCHQ analyst", "the Bundesbank's president"): only names that are no common word and no other
 * country's body.
 */
export const nationalAgencies: readonly SeatOfGovernment[] = [
  ...['NASA', 'FBI', 'CIA', 'FEMA', 'NOAA', 'FAA', 'FDA', 'CDC', 'IRS', 'NTSB', 'Federal Reserve', 'Fed', 'State Department'].map(
    (name) => ({ name, country: 'United States' }),
  ),
  ...['GCHQ', 'NHS', 'Ofcom', 'Ofgem', 'Ofsted', 'HMRC', 'Bank of England'].map(
    (name) => ({ name, country: 'United Kingdom' }),
  ),
  { name: 'FSB', country: 'Russia' },
  { name: 'Roscosmos', country: 'Russia' },
  { name: 'Bundesbank', country: 'Germany' },
  { name: 'Bundeswehr', country: 'Germany' },
  { name: 'DGSE', country: 'France' },
  { name: 'Mossad', country: 'Israel' },
  { name: 'Shin Bet', country: 'Israel' },
  { name: 'IDF', country: 'Israel' },
  { name: 'SBU', country: 'Ukraine' },
  { name: 'ISRO', country: 'India' },
  { name: 'JAXA', country: 'Japan' },
  { name: 'RCMP', country: 'Canada' },
  { name: 'ASIO', country: 'Australia' },
];
