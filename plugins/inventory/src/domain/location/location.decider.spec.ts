import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, meta, NOW, PHARMACY } from '../../../test/builders';
import { locationDecider, type LocationCommand, type LocationEvent } from './location.decider';

const defineLocation: LocationCommand = {
  type: 'inventory.DefineLocation',
  meta: meta(),
  data: { locationId: PHARMACY, code: 'PH', name: 'Main pharmacy' },
};
const locationDefined: LocationEvent = {
  type: 'inventory.LocationDefined',
  data: { at: NOW, by: ACTOR, locationId: PHARMACY, code: 'PH', name: 'Main pharmacy' },
};

describe('location decider', () => {
  it('defines a location with its code and name', () =>
    deciderSpec(locationDecider).given([]).when(defineLocation).then([locationDefined]));

  it('holds the defined code and name, which the handlers check a location by', () =>
    deciderSpec(locationDecider)
      .given([])
      .when(defineLocation)
      .thenState({ status: 'defined', code: 'PH', name: 'Main pharmacy' }));
});
