import type { components } from '../../../api/schema.gen';

type Schemas = components['schemas'];

/* Instruments as GET /api/instruments gives them (AUDIT-C, ORS, EuropASI), and assessments for one resident. */

export const PERSON_ID = 'fea1cd49-5b27-b3c3-359a-f25b6e98df05';

export const auditC: Schemas['Instrument'] = {
  id: 'AUDIT_C',
  name: 'AUDIT-C (alkohol, tre spørsmål)',
  source: 'Bush K et al. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med 1998;158:1789-95.',
  total: 'SUM',
  min: 0,
  max: 12,
  items: [
    {
      id: 'q1',
      text: 'Hvor ofte drikker du alkohol?',
      answers: [
        {
          label: 'Aldri',
          score: 0,
        },
        {
          label: 'Månedlig eller sjeldnere',
          score: 1,
        },
        {
          label: '2–4 ganger i måneden',
          score: 2,
        },
        {
          label: '2–3 ganger i uken',
          score: 3,
        },
        {
          label: '4 ganger i uken eller mer',
          score: 4,
        },
      ],
    },
    {
      id: 'q2',
      text: 'Hvor mange alkoholenheter tar du på en typisk dag når du drikker?',
      answers: [
        {
          label: '1–2',
          score: 0,
        },
        {
          label: '3–4',
          score: 1,
        },
        {
          label: '5–6',
          score: 2,
        },
        {
          label: '7–9',
          score: 3,
        },
        {
          label: '10 eller flere',
          score: 4,
        },
      ],
    },
    {
      id: 'q3',
      text: 'Hvor ofte drikker du seks enheter eller mer ved én anledning?',
      answers: [
        {
          label: 'Aldri',
          score: 0,
        },
        {
          label: 'Sjeldnere enn månedlig',
          score: 1,
        },
        {
          label: 'Månedlig',
          score: 2,
        },
        {
          label: 'Ukentlig',
          score: 3,
        },
        {
          label: 'Daglig eller nesten daglig',
          score: 4,
        },
      ],
    },
  ],
  cutoffs: [
    {
      sex: 'MALE',
      direction: 'AT_LEAST',
      value: 4,
      reading: 'Mulig risikofylt alkoholbruk',
      source: 'Bradley KA et al. AUDIT-C as a brief screen for alcohol misuse in primary care. Alcohol Clin Exp Res 2007;31(7):1208-17.',
    },
    {
      sex: 'FEMALE',
      direction: 'AT_LEAST',
      value: 3,
      reading: 'Mulig risikofylt alkoholbruk',
      source: 'Bradley KA et al. AUDIT-C as a brief screen for alcohol misuse in primary care. Alcohol Clin Exp Res 2007;31(7):1208-17.',
    },
  ],
};

export const ors: Schemas['Instrument'] = {
  id: 'ORS',
  name: 'KOR – ORS (hvordan har du hatt det)',
  source: 'Miller SD, Duncan BL et al. The Outcome Rating Scale. Journal of Brief Therapy 2003;2(2):91-100.',
  total: 'SUM',
  min: 0,
  max: 40,
  items: [
    {
      id: 'individual',
      text: 'Individuelt (personlig velvære)',
      range: [0, 10],
    },
    {
      id: 'interpersonal',
      text: 'Mellommenneskelig (familie, nære relasjoner)',
      range: [0, 10],
    },
    {
      id: 'social',
      text: 'Sosialt (arbeid, skole, vennskap)',
      range: [0, 10],
    },
    {
      id: 'overall',
      text: 'Generelt (alt i alt)',
      range: [0, 10],
    },
  ],
  cutoffs: [
    {
      sex: 'ANY',
      direction: 'BELOW',
      value: 25,
      reading: 'I klinisk område',
      source: 'Miller SD, Duncan BL et al. Journal of Brief Therapy 2003;2(2):91-100 (klinisk grense 25 for voksne).',
    },
  ],
};

export const europasi: Schemas['Instrument'] = {
  id: 'EUROPASI',
  name: 'EuropASI – intervjuerens alvorlighetsvurdering per livsområde',
  source:
    'Kokkevi A, Hartgers C. EuropASI: European adaptation of a multidimensional assessment instrument for drug and alcohol dependence. Eur Addict Res 1995;1:208-10.',
  total: 'NONE',
  min: 0,
  max: 9,
  items: [
    {
      id: 'medical',
      text: 'Fysisk helse',
      range: [0, 9],
    },
    {
      id: 'employment',
      text: 'Arbeid og økonomi',
      range: [0, 9],
    },
    {
      id: 'alcohol',
      text: 'Alkohol',
      range: [0, 9],
    },
    {
      id: 'drugs',
      text: 'Narkotika',
      range: [0, 9],
    },
    {
      id: 'legal',
      text: 'Juridisk',
      range: [0, 9],
    },
    {
      id: 'family',
      text: 'Familie og sosialt',
      range: [0, 9],
    },
    {
      id: 'psychiatric',
      text: 'Psykisk helse',
      range: [0, 9],
    },
  ],
  cutoffs: [
    {
      sex: 'ANY',
      direction: 'AT_LEAST',
      value: 4,
      reading: 'Behov for behandling på området',
      source:
        'McLellan AT et al. The fifth edition of the Addiction Severity Index. J Subst Abuse Treat 1992;9:199-213 (alvorlighetsgrad 4 eller mer).',
      perItem: true,
    },
  ],
};

export const instruments: Schemas['Instrument'][] = [auditC, ors, europasi];

const SOURCE = 'Bradley KA et al. AUDIT-C as a brief screen for alcohol misuse in primary care. Alcohol Clin Exp Res 2007;31(7):1208-17.';

function auditReading(total: number): Schemas['AssessmentReading'] {
  return {
    scope: 'TOTAL',
    value: total,
    direction: 'AT_LEAST',
    cutoff: 3,
    met: total >= 3,
    reading: 'Mulig risikofylt alkoholbruk',
    source: SOURCE,
  };
}

export function auditAssessment(
  id: string,
  takenOn: string,
  answers: Record<string, number>,
  changeSincePrevious?: number,
): Schemas['Assessment'] {
  const total = Object.values(answers).reduce((sum, n) => sum + n, 0);
  return {
    id,
    instrument: 'AUDIT_C',
    takenOn,
    answers,
    total,
    readings: [auditReading(total)],
    ...(changeSincePrevious === undefined ? {} : { changeSincePrevious }),
    recordedAt: `${takenOn}T10:00:00Z`,
    recordedBy: 'bakklandet1',
  };
}

export const earlierAudit = auditAssessment('0b8f6a8e-6f0e-4d3c-9a55-000000000001', '2025-01-10', { q1: 1, q2: 0, q3: 1 });
export const laterAudit = auditAssessment('0b8f6a8e-6f0e-4d3c-9a55-000000000002', '2025-03-14', { q1: 3, q2: 1, q3: 2 }, 4);
