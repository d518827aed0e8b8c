// Polish strings of the partner towns area.
export default {
  title: 'Gminy partnerskie',
  filter: 'Filtruj po nazwie',
  field: { name: 'Nazwa', country: 'Kraj', relationKind: 'Rodzaj relacji', status: 'Status' },
  relationKind: {
    partnership: 'Partnerska', twinning: 'Bliźniacza', sister: 'Siostrzana',
    cooperation: 'Porozumienie o współpracy', intent: 'List intencyjny',
  },
  status: { negotiation: 'W negocjacjach', active: 'Aktywna', dormant: 'Uśpiona', ended: 'Zakończona' },
};
