/**
 * A compact ICD-10 list: common codes of primary care, emergency and inpatient medicine (WHO ICD-10 / ICD-10-CM
 * titles, shortened). Shipped so a new installation can code diagnoses at once; a hospital loads its full licensed
 * list with `hms ehr load-icd10 <file>` (see docs/ehr.md). One `code<TAB>title` per line.
 */
export const ICD10_COMPACT_TSV = `A09	Infectious gastroenteritis and colitis, unspecified
A15.0	Tuberculosis of lung
A41.9	Sepsis, unspecified organism
A49.9	Bacterial infection, unspecified
B01.9	Varicella without complication
B02.9	Zoster without complications
B34.9	Viral infection, unspecified
B35.1	Tinea unguium
B37.0	Candidal stomatitis
B86	Scabies
B20	Human immunodeficiency virus [HIV] disease
C18.9	Malignant neoplasm of colon, unspecified
C34.90	Malignant neoplasm of unspecified part of bronchus or lung
C50.919	Malignant neoplasm of unspecified site of breast
C61	Malignant neoplasm of prostate
C67.9	Malignant neoplasm of bladder, unspecified
C73	Malignant neoplasm of thyroid gland
C90.00	Multiple myeloma not having achieved remission
D50.9	Iron deficiency anaemia, unspecified
D51.0	Vitamin B12 deficiency anaemia due to intrinsic factor deficiency
D64.9	Anaemia, unspecified
D68.9	Coagulation defect, unspecified
D69.6	Thrombocytopenia, unspecified
E03.9	Hypothyroidism, unspecified
E05.90	Thyrotoxicosis, unspecified
E10.9	Type 1 diabetes mellitus without complications
E11.9	Type 2 diabetes mellitus without complications
E11.65	Type 2 diabetes mellitus with hyperglycaemia
E11.22	Type 2 diabetes mellitus with diabetic chronic kidney disease
E11.40	Type 2 diabetes mellitus with diabetic neuropathy
E13.9	Other specified diabetes mellitus without complications
E55.9	Vitamin D deficiency, unspecified
E66.9	Obesity, unspecified
E78.0	Pure hypercholesterolaemia
E78.5	Hyperlipidaemia, unspecified
E83.42	Hypomagnesaemia
E86.0	Dehydration
E87.1	Hypo-osmolality and hyponatraemia
E87.6	Hypokalaemia
E87.5	Hyperkalaemia
F01.50	Vascular dementia without behavioural disturbance
F03.90	Unspecified dementia without behavioural disturbance
F10.20	Alcohol dependence, uncomplicated
F17.210	Nicotine dependence, cigarettes, uncomplicated
F20.9	Schizophrenia, unspecified
F31.9	Bipolar disorder, unspecified
F32.9	Major depressive disorder, single episode, unspecified
F33.1	Major depressive disorder, recurrent, moderate
F41.1	Generalized anxiety disorder
F41.9	Anxiety disorder, unspecified
F43.10	Post-traumatic stress disorder, unspecified
F51.01	Primary insomnia
F90.9	Attention-deficit hyperactivity disorder, unspecified type
G20	Parkinson's disease
G30.9	Alzheimer's disease, unspecified
G35	Multiple sclerosis
G40.909	Epilepsy, unspecified, not intractable
G43.909	Migraine, unspecified, not intractable
G44.209	Tension-type headache, unspecified
G45.9	Transient cerebral ischaemic attack, unspecified
G47.33	Obstructive sleep apnoea
G56.00	Carpal tunnel syndrome, unspecified upper limb
G62.9	Polyneuropathy, unspecified
H10.9	Unspecified conjunctivitis
H25.9	Unspecified age-related cataract
H40.9	Unspecified glaucoma
H60.9	Unspecified otitis externa
H61.20	Impacted cerumen, unspecified ear
H66.90	Otitis media, unspecified, unspecified ear
H81.10	Benign paroxysmal vertigo, unspecified ear
H91.90	Unspecified hearing loss, unspecified ear
I10	Essential (primary) hypertension
I11.9	Hypertensive heart disease without heart failure
I20.9	Angina pectoris, unspecified
I21.9	Acute myocardial infarction, unspecified
I25.10	Atherosclerotic heart disease of native coronary artery without angina pectoris
I26.99	Other pulmonary embolism without acute cor pulmonale
I42.9	Cardiomyopathy, unspecified
I48.91	Unspecified atrial fibrillation
I49.9	Cardiac arrhythmia, unspecified
I50.9	Heart failure, unspecified
I63.9	Cerebral infarction, unspecified
I65.29	Occlusion and stenosis of unspecified carotid artery
I70.209	Atherosclerosis of native arteries of extremities, unspecified
I73.9	Peripheral vascular disease, unspecified
I80.209	Phlebitis and thrombophlebitis of unspecified deep vessels of lower extremity
I82.409	Acute embolism and thrombosis of unspecified deep veins of lower extremity
I83.90	Asymptomatic varicose veins of unspecified lower extremity
I95.9	Hypotension, unspecified
J01.90	Acute sinusitis, unspecified
J02.9	Acute pharyngitis, unspecified
J03.90	Acute tonsillitis, unspecified
J06.9	Acute upper respiratory infection, unspecified
J09.X2	Influenza due to identified novel influenza A virus with other respiratory manifestations
J11.1	Influenza with other respiratory manifestations, virus not identified
J12.9	Viral pneumonia, unspecified
J13	Pneumonia due to Streptococcus pneumoniae
J18.9	Pneumonia, unspecified organism
J20.9	Acute bronchitis, unspecified
J30.9	Allergic rhinitis, unspecified
J32.9	Chronic sinusitis, unspecified
J40	Bronchitis, not specified as acute or chronic
J44.1	Chronic obstructive pulmonary disease with acute exacerbation
J44.9	Chronic obstructive pulmonary disease, unspecified
J45.909	Unspecified asthma, uncomplicated
J45.901	Unspecified asthma with acute exacerbation
J69.0	Pneumonitis due to inhalation of food and vomit
J80	Acute respiratory distress syndrome
J84.10	Pulmonary fibrosis, unspecified
J90	Pleural effusion, not elsewhere classified
J96.00	Acute respiratory failure, unspecified whether with hypoxia or hypercapnia
J98.11	Atelectasis
K02.9	Dental caries, unspecified
K21.9	Gastro-oesophageal reflux disease without oesophagitis
K25.9	Gastric ulcer, unspecified
K29.70	Gastritis, unspecified, without bleeding
K30	Functional dyspepsia
K35.80	Unspecified acute appendicitis
K40.90	Unilateral inguinal hernia, without obstruction or gangrene
K44.9	Diaphragmatic hernia without obstruction or gangrene
K50.90	Crohn's disease, unspecified, without complications
K51.90	Ulcerative colitis, unspecified, without complications
K52.9	Noninfective gastroenteritis and colitis, unspecified
K56.60	Unspecified intestinal obstruction
K57.30	Diverticulosis of large intestine without perforation or abscess without bleeding
K58.9	Irritable bowel syndrome without diarrhoea
K59.00	Constipation, unspecified
K62.5	Haemorrhage of anus and rectum
K70.30	Alcoholic cirrhosis of liver without ascites
K74.60	Unspecified cirrhosis of liver
K76.0	Fatty (change of) liver, not elsewhere classified
K80.20	Calculus of gallbladder without cholecystitis without obstruction
K81.0	Acute cholecystitis
K85.90	Acute pancreatitis without necrosis or infection, unspecified
K92.2	Gastrointestinal haemorrhage, unspecified
L02.91	Cutaneous abscess, unspecified
L03.90	Cellulitis, unspecified
L20.9	Atopic dermatitis, unspecified
L23.9	Allergic contact dermatitis, unspecified cause
L30.9	Dermatitis, unspecified
L40.9	Psoriasis, unspecified
L50.9	Urticaria, unspecified
L70.0	Acne vulgaris
L89.90	Pressure ulcer of unspecified site, unspecified stage
M06.9	Rheumatoid arthritis, unspecified
M10.9	Gout, unspecified
M15.9	Polyosteoarthritis, unspecified
M17.9	Osteoarthritis of knee, unspecified
M16.9	Osteoarthritis of hip, unspecified
M19.90	Unspecified osteoarthritis, unspecified site
M25.50	Pain in unspecified joint
M54.2	Cervicalgia
M54.5	Low back pain
M54.16	Radiculopathy, lumbar region
M62.830	Muscle spasm of back
M75.100	Unspecified rotator cuff tear or rupture of unspecified shoulder, not specified as traumatic
M79.1	Myalgia
M79.7	Fibromyalgia
M81.0	Age-related osteoporosis without current pathological fracture
N17.9	Acute kidney failure, unspecified
N18.3	Chronic kidney disease, stage 3 (moderate)
N18.9	Chronic kidney disease, unspecified
N20.0	Calculus of kidney
N30.00	Acute cystitis without haematuria
N39.0	Urinary tract infection, site not specified
N40.0	Benign prostatic hyperplasia without lower urinary tract symptoms
N63	Unspecified lump in breast
N76.0	Acute vaginitis
N80.9	Endometriosis, unspecified
N92.0	Excessive and frequent menstruation with regular cycle
N95.1	Menopausal and female climacteric states
O80	Encounter for full-term uncomplicated delivery
O24.419	Gestational diabetes mellitus in pregnancy, unspecified control
O13.9	Gestational hypertension, unspecified trimester
R00.0	Tachycardia, unspecified
R00.1	Bradycardia, unspecified
R05	Cough
R06.02	Shortness of breath
R07.9	Chest pain, unspecified
R10.9	Unspecified abdominal pain
R11.2	Nausea with vomiting, unspecified
R19.7	Diarrhoea, unspecified
R21	Rash and other nonspecific skin eruption
R31.9	Haematuria, unspecified
R42	Dizziness and giddiness
R50.9	Fever, unspecified
R51	Headache
R53.83	Other fatigue
R55	Syncope and collapse
R56.9	Unspecified convulsions
R63.4	Abnormal weight loss
R73.03	Prediabetes
R73.9	Hyperglycaemia, unspecified
R79.89	Other specified abnormal findings of blood chemistry
S06.0X0A	Concussion without loss of consciousness, initial encounter
S13.4XXA	Sprain of ligaments of cervical spine, initial encounter
S42.001A	Fracture of unspecified part of right clavicle, initial encounter
S52.501A	Unspecified fracture of the lower end of right radius, initial encounter
S62.90XA	Unspecified fracture of unspecified wrist and hand, initial encounter
S72.001A	Fracture of unspecified part of neck of right femur, initial encounter
S82.90XA	Unspecified fracture of unspecified lower leg, initial encounter
S93.401A	Sprain of unspecified ligament of right ankle, initial encounter
T14.90XA	Injury, unspecified, initial encounter
T78.40XA	Allergy, unspecified, initial encounter
T78.2XXA	Anaphylactic shock, unspecified, initial encounter
T81.4XXA	Infection following a procedure, initial encounter
T88.7XXA	Unspecified adverse effect of drug or medicament, initial encounter
U07.1	COVID-19
W19.XXXA	Unspecified fall, initial encounter
Z00.00	Encounter for general adult medical examination without abnormal findings
Z00.129	Encounter for routine child health examination without abnormal findings
Z01.419	Encounter for gynaecological examination without abnormal findings
Z23	Encounter for immunization
Z30.09	Encounter for other general counselling and advice on contraception
Z34.90	Encounter for supervision of normal pregnancy, unspecified, unspecified trimester
Z51.11	Encounter for antineoplastic chemotherapy
Z71.3	Dietary counselling and surveillance
Z79.01	Long term (current) use of anticoagulants
Z79.4	Long term (current) use of insulin
Z87.891	Personal history of nicotine dependence
Z88.0	Allergy status to penicillin
Z91.010	Allergy to peanuts
Z95.1	Presence of aortocoronary bypass graft
Z96.651	Presence of right artificial knee joint`;

/** The compact list as code/title pairs. */
export function compactIcd10Codes(): { code: string; title: string }[] {
  return ICD10_COMPACT_TSV.split('\n').map((line) => {
    const [code = '', title = ''] = line.split('\t');
    return { code: code.trim(), title: title.trim() };
  });
}
