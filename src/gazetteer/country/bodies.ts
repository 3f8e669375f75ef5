/** A supranational body that stands in the country field for its officers ("EU foreign policy chief" → European Union). */
export interface SupranationalBody {
  /** The value claimex gives as the country. */
  name: string;
  /** How articles write it: acronyms, full names, and its institutions that speak for it. */
  forms: readonly string[];
}

export const supranationalBodies: readonly SupranationalBody[] = [
  {
    name: 'European Union',
    forms: ['EU', 'E.U.', 'European Union', 'European Commission', 'European Council', 'European Parliament', 'Council of the EU'],
  },
  { name: 'NATO', forms: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Alliance', 'OTAN'] },
  { name: 'United Nations', forms: ['UN', 'U.N.', 'United Nations', 'UN Security Council', 'Security Council', 'UN General Assembly'] },
  { name: 'African Union', forms: ['African Union', 'AU'] },
  { name: 'OSCE', forms: ['OSCE', 'Organization for Security and Co-operation in Europe'] },
  { name: 'Arab League', forms: ['Arab League', 'League of Arab States'] },
  { name: 'ASEAN', forms: ['ASEAN', 'Association of Southeast Asian Nations'] },
  { name: 'G7', forms: ['G7', 'G-7', 'Group of Seven'] },
  // Intergovernmental organisations whose officers speak for the organisation, not for a member state.
  { name: 'World Health Organization', forms: ['WHO', 'World Health Organization', 'World Health Organisation'] },
  { name: 'International Monetary Fund', forms: ['IMF', 'International Monetary Fund'] },
  { name: 'World Bank', forms: ['World Bank'] },
  { name: 'World Trade Organization', forms: ['WTO', 'World Trade Organization', 'World Trade Organisation'] },
  { name: 'OECD', forms: ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'] },
  { name: 'OPEC', forms: ['OPEC', 'Organization of the Petroleum Exporting Countries'] },
  { name: 'International Atomic Energy Agency', forms: ['IAEA', 'International Atomic Energy Agency'] },
];
